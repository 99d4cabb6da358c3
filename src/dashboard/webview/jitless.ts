/**
 * Imported first by the page: zod must not probe `new Function` (the page's
 * CSP has no 'unsafe-eval', and the probe, though caught, is reported as a
 * violation). Setting it here runs before any schema is built.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });
