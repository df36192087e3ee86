// The GraphiQL page, served whole by the API: its script, styles, fonts and editor workers come
// from the installed @graphql-yoga/render-graphiql package and are inlined, so the page works
// with no network beyond this server (yoga's built-in page loads them from a public CDN).
//
// On top of yoga's GraphiQL the page tells a first visitor how to authenticate, fetches the
// schema again once an Authorization header is set (GraphiQL introspects only at load, and that
// first request fails with 401 when no key is set yet), opens the tabs of tabs.ts, and in
// development can pre-fill the demo key of `pnpm start` into the headers; never in production.
import { GRAPHIQL_TABS, type GraphiQLTab } from './tabs.js';

export interface GraphiQLPageOptions {
  /** Tabs of a first visit (default GRAPHIQL_TABS); GraphiQL keeps the user's tabs after that. */
  tabs?: GraphiQLTab[];
  /** An API key pre-filled into every tab's headers; ignored in production. */
  demoKey?: string;
}

/** Inline script data: `<` escaped so that no string can close the script element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The page's HTML; the 9 MB of assets are loaded on the first call only. */
export async function renderGraphiQLPage(options: GraphiQLPageOptions, production: boolean): Promise<string> {
  const { css, editorWorkerService, favicon, graphqlWorker, js, jsonWorker } = await import(
    '@graphql-yoga/render-graphiql/graphiql'
  );
  const tabs = options.tabs ?? GRAPHIQL_TABS;
  const headers =
    options.demoKey && !production ? JSON.stringify({ Authorization: `Bearer ${options.demoKey}` }) : '{}';
  const props = {
    title: 'Coxswain GraphiQL',
    // The first tab again when the browser has tabs stored from an earlier visit.
    query: tabs[0]?.query,
    defaultTabs: tabs.map((tab) => ({
      query: tab.query,
      variables: tab.variables ? JSON.stringify(tab.variables, null, 2) : undefined,
      headers,
    })),
    defaultHeaders: headers,
    headers,
    // A key is a secret: not kept in the browser's storage (and the demo key changes at each start).
    shouldPersistHeaders: false,
    // Headers open below the query: where a first visit has to paste its key.
    defaultEditorToolsVisibility: 'headers',
  };
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Coxswain GraphiQL</title>
    <link rel="icon" href="${favicon}" />
    <style>
      ${css}
    </style>
    <style>
      #coxswain-auth { position: fixed; right: 1rem; bottom: 1rem; z-index: 100; max-width: 30rem; padding: 0.75rem 1rem;
        border-radius: 0.5rem; background: hsl(var(--color-base)); color: hsl(var(--color-neutral));
        box-shadow: 0 0.25rem 1rem rgba(0, 0, 0, 0.25); font: 14px/1.4 system-ui, sans-serif; }
      #coxswain-auth[hidden] { display: none; }
    </style>
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>GraphiQL needs JavaScript.</noscript>
    <div id="root"></div>
    <aside id="coxswain-auth" role="status">
      Every request needs an API key. Open <b>Headers</b> below the query and set
      <code>{"Authorization": "Bearer cxs_..."}</code>; in development <code>pnpm start</code> prints one.
      The schema loads as soon as the key is set.
    </aside>
    <script>
      function prepareBlob(workerContent) {
        return URL.createObjectURL(new Blob([workerContent], { type: 'application/javascript' }));
      }
      const workers = {
        editorWorkerService: prepareBlob(${scriptJson(editorWorkerService)}),
        json: prepareBlob(${scriptJson(jsonWorker)}),
        graphql: prepareBlob(${scriptJson(graphqlWorker)}),
      };
      self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (moduleId, label) => workers[label] };
      ${js};
      (function () {
        const banner = document.getElementById('coxswain-auth');
        let schemaLoaded = false;
        let refetch;
        function hasAuthorization(text) {
          try {
            const headers = JSON.parse(text || '{}');
            return Object.keys(headers).some(
              (name) => name.toLowerCase() === 'authorization' && String(headers[name]).trim() !== '',
            );
          } catch {
            return false;
          }
        }
        YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), {
          ...${scriptJson(props)},
          onSchemaChange(schema) {
            schemaLoaded = Boolean(schema);
            banner.hidden = schemaLoaded;
          },
          onEditHeaders(text) {
            if (schemaLoaded || !hasAuthorization(text)) return;
            // GraphiQL introspects once, at load, and again on its re-fetch shortcut
            // (Shift-Ctrl-R): press it for the user once the key has stopped changing.
            clearTimeout(refetch);
            refetch = setTimeout(() => {
              window.dispatchEvent(new KeyboardEvent('keydown', { key: 'R', ctrlKey: true, shiftKey: true }));
            }, 300);
          },
        });
      })();
    </script>
  </body>
</html>
`;
}
