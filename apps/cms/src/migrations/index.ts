import * as migration_20261126_204241_initial from './20261126_204241_initial';
import * as migration_20261126_205959_content_model from './20261126_205959_content_model';
import * as migration_20261126_211630_newsletter from './20261126_211630_newsletter';
import * as migration_20261126_213142_revalidation from './20261126_213142_revalidation';
import * as migration_20261126_214358_editorial from './20261126_214358_editorial';
import * as migration_20261128_112134_media_storage_prefix from './20261128_112134_media_storage_prefix';

export const migrations = [
  {
    up: migration_20261126_204241_initial.up,
    down: migration_20261126_204241_initial.down,
    name: '20261126_204241_initial',
  },
  {
    up: migration_20261126_205959_content_model.up,
    down: migration_20261126_205959_content_model.down,
    name: '20261126_205959_content_model',
  },
  {
    up: migration_20261126_211630_newsletter.up,
    down: migration_20261126_211630_newsletter.down,
    name: '20261126_211630_newsletter',
  },
  {
    up: migration_20261126_213142_revalidation.up,
    down: migration_20261126_213142_revalidation.down,
    name: '20261126_213142_revalidation',
  },
  {
    up: migration_20261126_214358_editorial.up,
    down: migration_20261126_214358_editorial.down,
    name: '20261126_214358_editorial',
  },
  {
    up: migration_20261128_112134_media_storage_prefix.up,
    down: migration_20261128_112134_media_storage_prefix.down,
    name: '20261128_112134_media_storage_prefix'
  },
];
