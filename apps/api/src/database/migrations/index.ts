import { CreateAccessTables1764878400000 } from './1764878400000-CreateAccessTables';

// In order; listed explicitly because the API is bundled by webpack.
export const MIGRATIONS = [CreateAccessTables1764878400000];
