import * as migration_20261124_173013_initial from './20261124_173013_initial';
import * as migration_20261124_174832_newsletter_sending from './20261124_174832_newsletter_sending';

export const migrations = [
  {
    up: migration_20261124_173013_initial.up,
    down: migration_20261124_173013_initial.down,
    name: '20261124_173013_initial',
  },
  {
    up: migration_20261124_174832_newsletter_sending.up,
    down: migration_20261124_174832_newsletter_sending.down,
    name: '20261124_174832_newsletter_sending'
  },
];
