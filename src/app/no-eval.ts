// The Content-Security-Policy forbids eval. zod would otherwise probe `new Function` to speed up
// validation, which the browser reports as a policy violation; jitless mode never tries.
import * as z from 'zod/mini';

z.config({ jitless: true });
