import * as migration_20261124_173013_initial from './20261124_173013_initial';

export const migrations = [
  {
    up: migration_20261124_173013_initial.up,
    down: migration_20261124_173013_initial.down,
    name: '20261124_173013_initial'
  },
];
