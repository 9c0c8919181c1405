import * as migration_20261126_204241_initial from './20261126_204241_initial';
import * as migration_20261126_205959_content_model from './20261126_205959_content_model';
import * as migration_20261126_211630_newsletter from './20261126_211630_newsletter';
import * as migration_20261126_213142_revalidation from './20261126_213142_revalidation';
import * as migration_20261126_214358_editorial from './20261126_214358_editorial';
import * as migration_20261128_105655_content_updated_at from './20261128_105655_content_updated_at';
import * as migration_20261128_110433_rate_limits_shared from './20261128_110433_rate_limits_shared';
import * as migration_20261128_111555_newsletter_sends from './20261128_111555_newsletter_sends';
import * as migration_20261128_112713_editor_admin from './20261128_112713_editor_admin';
import * as migration_20261128_174239_glossary from './20261128_174239_glossary';
import * as migration_20261128_180000_search_index from './20261128_180000_search_index';
import * as migration_20261128_213000_media_storage_prefix from './20261128_213000_media_storage_prefix';
import * as migration_20261129_010000_search_block_text from './20261129_010000_search_block_text';

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
    up: migration_20261128_105655_content_updated_at.up,
    down: migration_20261128_105655_content_updated_at.down,
    name: '20261128_105655_content_updated_at',
  },
  {
    up: migration_20261128_110433_rate_limits_shared.up,
    down: migration_20261128_110433_rate_limits_shared.down,
    name: '20261128_110433_rate_limits_shared',
  },
  {
    up: migration_20261128_111555_newsletter_sends.up,
    down: migration_20261128_111555_newsletter_sends.down,
    name: '20261128_111555_newsletter_sends',
  },
  {
    up: migration_20261128_112713_editor_admin.up,
    down: migration_20261128_112713_editor_admin.down,
    name: '20261128_112713_editor_admin',
  },
  {
    up: migration_20261128_174239_glossary.up,
    down: migration_20261128_174239_glossary.down,
    name: '20261128_174239_glossary',
  },
  {
    up: migration_20261128_180000_search_index.up,
    down: migration_20261128_180000_search_index.down,
    name: '20261128_180000_search_index',
  },
  {
    up: migration_20261128_213000_media_storage_prefix.up,
    down: migration_20261128_213000_media_storage_prefix.down,
    name: '20261128_213000_media_storage_prefix',
  },
  {
    up: migration_20261129_010000_search_block_text.up,
    down: migration_20261129_010000_search_block_text.down,
    name: '20261129_010000_search_block_text',
  },
];
