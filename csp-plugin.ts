// Adds the Content-Security-Policy to the built index.html. Only in builds: the dev server's
// hot reload needs an inline script, which this policy (rightly) forbids. Styles stay 'self'
// only; should the built index.html ever hold a <style> element, it is allowed by its SHA-256
// hash, computed here from the final HTML, never by 'unsafe-inline'.
// `vite preview` sends the built page's policy as a header too, with what only a header can say:
// no other site may show the app in a frame (frame-ancestors, and X-Frame-Options for older
// browsers), so a page elsewhere cannot overlay it to trick a coder into clicks or typing.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** The policy, with the hashes of the inline <style> elements the page may use. */
function policyWithStyleHashes(styleHashes: readonly string[] = []): string {
  return Object.entries(directives)
    .map(([name, sources]) =>
      [name, ...sources, ...(name === 'style-src' ? styleHashes : [])].join(' '),
    )
    .join('; ');
}

const contentSecurityPolicy = policyWithStyleHashes();

/** 'sha256-…' of each <style> element's text, exactly as the browser hashes it. */
function inlineStyleHashes(html: string): string[] {
  return [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    (match) => `'sha256-${createHash('sha256').update(match[1], 'utf8').digest('base64')}'`,
  );
}

/** The headers a host should send with every response (the README lists them). */
function hostHeaders(policy: string): Record<string, string> {
  return {
    'Content-Security-Policy': `${policy}; frame-ancestors 'self'`,
    'X-Frame-Options': 'SAMEORIGIN',
  };
}

const META_POLICY = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/;

function builtPolicy(indexHtml: string): string {
  if (!existsSync(indexHtml)) return contentSecurityPolicy;
  const content = META_POLICY.exec(readFileSync(indexHtml, 'utf8'))?.[1];
  return content ? content.replaceAll('&#39;', "'") : contentSecurityPolicy;
}

export function cspPlugin(): Plugin {
  return {
    name: 'visit-to-claim-csp',
    apply: (_config, env) => env.command === 'build' || env.isPreview === true,
    transformIndexHtml: {
      order: 'post',
      handler: (html) => ({
        html,
        tags: [
          {
            tag: 'meta',
            attrs: {
              'http-equiv': 'Content-Security-Policy',
              content: policyWithStyleHashes(inlineStyleHashes(html)),
            },
            injectTo: 'head-prepend',
          },
        ],
      }),
    },
    configurePreviewServer(server) {
      const policy = builtPolicy(
        resolve(server.config.root, server.config.build.outDir, 'index.html'),
      );
      const headers = hostHeaders(policy);
      server.middlewares.use((_request, response, next) => {
        for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
        next();
      });
    },
  };
}
