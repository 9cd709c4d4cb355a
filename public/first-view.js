// Runs before the first paint. The page's HTML already holds the calculator as a first visit
// sees it (first-view-plugin.ts). When this browser has saved work, or the address names
// another view, that HTML would show the wrong claim or view for a moment; this hides it, and
// src/main.tsx draws the right view afresh and shows it again.
// It also starts the app's scripts, which the build names on this script's element: at once,
// except on a first visit that shows the built-in calculator (nothing saved, no service worker
// yet), where they start once that page has painted, so the page never waits on them. Clicks
// and entries made on the built-in calculator before the app runs are handed to the app.
(function () {
  var hide = false;
  try {
    var hash = window.location.hash;
    hide = !(hash === '' || hash === '#' || hash === '#/' || /^#\/calculator(\/|$)/.test(hash));
    for (var i = 0; !hide && i < window.localStorage.length; i++) {
      hide = String(window.localStorage.key(i)).indexOf('visit-to-claim') === 0;
    }
  } catch (error) {
    // Storage that cannot be read: the app will say so; draw it afresh rather than guess.
    hide = true;
  }
  if (hide) document.documentElement.classList.add('first-view-hidden');

  var element = document.querySelector('script[data-app-entry]');
  if (!element) return;

  // Until the app runs, the built-in calculator cannot act on a click or an entry. While it
  // shows, clicks are held and entries noted, then carried out once the app says it owns the
  // page (src/app/announce-running.tsx). A hidden one is drawn afresh: nothing there to hold.
  var heldClicks = [];
  var changedFields = [];
  function inBuiltView(event) {
    return event.target && event.target.closest && event.target.closest('#root');
  }
  function holdClick(event) {
    if (!inBuiltView(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    heldClicks.push(event.target);
  }
  function noteEntry(event) {
    if (inBuiltView(event) && changedFields.indexOf(event.target) < 0)
      changedFields.push(event.target);
  }
  function handOver() {
    document.removeEventListener('click', holdClick, true);
    document.removeEventListener('input', noteEntry, true);
    document.removeEventListener('change', noteEntry, true);
    // Read every entry first: telling the app one of them redraws the others.
    var entries = [];
    for (var e = 0; e < changedFields.length; e++) entries.push(changedFields[e].value);
    for (var f = 0; f < changedFields.length; f++) retell(changedFields[f], entries[f]);
    for (var c = 0; c < heldClicks.length; c++) {
      if (heldClicks[c].isConnected) heldClicks[c].click();
    }
  }
  // React records a text field's value when it takes the page over, so an entry typed before
  // then would look unchanged to it: give React's own setter another value, put the entry back
  // through the element's, and report the change.
  function retell(field, entered) {
    if (!field.isConnected) return;
    var isSelect = field.tagName === 'SELECT';
    if (!isSelect) field.value = entered === '' ? ' ' : '';
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value').set.call(field, entered);
    field.dispatchEvent(new Event(isSelect ? 'change' : 'input', { bubbles: true }));
  }
  if (!hide) {
    document.addEventListener('click', holdClick, true);
    document.addEventListener('input', noteEntry, true);
    document.addEventListener('change', noteEntry, true);
    document.addEventListener('visit-to-claim:app-running', handOver, { once: true });
  }

  var started = false;
  function startApp() {
    if (started) return;
    started = true;
    var preloads = (element.getAttribute('data-app-preload') || '').split(' ');
    for (var p = 0; p < preloads.length; p++) {
      if (!preloads[p]) continue;
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = 'anonymous';
      link.href = preloads[p];
      document.head.appendChild(link);
    }
    var entry = document.createElement('script');
    entry.type = 'module';
    entry.crossOrigin = 'anonymous';
    entry.src = element.getAttribute('data-app-entry');
    // Should the app fail to load, stop holding clicks: the page's own behaviour is better.
    entry.addEventListener('error', handOver);
    document.head.appendChild(entry);
  }
  var controlled = 'serviceWorker' in navigator && navigator.serviceWorker.controller !== null;
  var canWatchPaint =
    typeof PerformanceObserver === 'function' &&
    (PerformanceObserver.supportedEntryTypes || []).indexOf('paint') >= 0;
  if (hide || controlled || !canWatchPaint) {
    startApp();
    return;
  }
  var observer = new PerformanceObserver(function (list) {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    startApp();
  });
  observer.observe({ type: 'paint', buffered: true });
  // Should no paint be reported (a tab opened in the background paints only once shown).
  setTimeout(startApp, 3000);
})();
