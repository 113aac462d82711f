/**
 * Imported (for its effect) by every module that defines zod schemas used in the browser, before
 * it defines them. Zod compiles object parsers with `new Function` where it can, and its probe
 * for that is itself an eval the course's Content-Security-Policy refuses and reports; the
 * interpreted parsers are quick enough for progress files and card lists.
 */
import { z } from 'zod'

z.config({ jitless: true })
