// Runs before the first paint. The page's HTML already holds the calculator as a first visit
// sees it (first-view-plugin.ts). When this browser has saved work, or the address names
// another view, that HTML would show the wrong claim or view for a moment; this hides it, and
// src/main.tsx draws the right view afresh and shows it again.
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
})();
