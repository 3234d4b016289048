import * as migration_20261124_173013_initial from './20261124_173013_initial';
import * as migration_20261124_174832_newsletter_sending from './20261124_174832_newsletter_sending';
import * as migration_20261202_021331_register_establishments from './20261202_021331_register_establishments';
import * as migration_20261202_022715_newsletter_send_lease from './20261202_022715_newsletter_send_lease';
import * as migration_20261202_024827_site_build_documents from './20261202_024827_site_build_documents';
import * as migration_20261202_030753_event_signup_guidance from './20261202_030753_event_signup_guidance';
import * as migration_20261202_031518_site_settings_brand from './20261202_031518_site_settings_brand';
import * as migration_20261202_034500_report_submitted from './20261202_034500_report_submitted';
import * as migration_20261202_052534_users_guidance_topics from './20261202_052534_users_guidance_topics';
import * as migration_20261202_052825_course_signup_workload_event_price from './20261202_052825_course_signup_workload_event_price';

export const migrations = [
  {
    up: migration_20261124_173013_initial.up,
    down: migration_20261124_173013_initial.down,
    name: '20261124_173013_initial',
  },
  {
    up: migration_20261124_174832_newsletter_sending.up,
    down: migration_20261124_174832_newsletter_sending.down,
    name: '20261124_174832_newsletter_sending',
  },
  {
    up: migration_20261202_021331_register_establishments.up,
    down: migration_20261202_021331_register_establishments.down,
    name: '20261202_021331_register_establishments',
  },
  {
    up: migration_20261202_022715_newsletter_send_lease.up,
    down: migration_20261202_022715_newsletter_send_lease.down,
    name: '20261202_022715_newsletter_send_lease',
  },
  {
    up: migration_20261202_024827_site_build_documents.up,
    down: migration_20261202_024827_site_build_documents.down,
    name: '20261202_024827_site_build_documents',
  },
  {
    up: migration_20261202_030753_event_signup_guidance.up,
    down: migration_20261202_030753_event_signup_guidance.down,
    name: '20261202_030753_event_signup_guidance',
  },
  {
    up: migration_20261202_031518_site_settings_brand.up,
    down: migration_20261202_031518_site_settings_brand.down,
    name: '20261202_031518_site_settings_brand',
  },
  {
    up: migration_20261202_034500_report_submitted.up,
    down: migration_20261202_034500_report_submitted.down,
    name: '20261202_034500_report_submitted',
  },
  {
    up: migration_20261202_052534_users_guidance_topics.up,
    down: migration_20261202_052534_users_guidance_topics.down,
    name: '20261202_052534_users_guidance_topics',
  },
  {
    up: migration_20261202_052825_course_signup_workload_event_price.up,
    down: migration_20261202_052825_course_signup_workload_event_price.down,
    name: '20261202_052825_course_signup_workload_event_price'
  },
];
