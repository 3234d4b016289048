import * as migration_20261124_172159_initial from './20261124_172159_initial';

export const migrations = [
  {
    up: migration_20261124_172159_initial.up,
    down: migration_20261124_172159_initial.down,
    name: '20261124_172159_initial'
  },
];
