/**
 * zod/mini registers no locale, so its built-in messages would read "Invalid input". Registering the
 * English locale (as zod's classic API does on first use) keeps every message the gate shows as it
 * was. Imported for its effect by each module that builds zod schemas.
 */
import * as z from 'zod/mini'
import en from 'zod/v4/locales/en.js'

z.config(en())
