/*
 * Simulateur bassin minier — host script (docs/embed.md).
 *
 *   <div data-simulateur-src="https://…/index.html?embed=1#s=…"></div>
 *   <script src="https://…/embed.js" defer></script>
 *
 * Each such div becomes a titled iframe (its id and class carried over; the title from
 * data-simulateur-title) that takes the height the app posts: no scrollbar inside, no growth
 * loop (the app measures its content, never the window). Messages from the simulator are
 * re-dispatched on the iframe as a "simulateur-message" event whose detail is the message.
 */
(function () {
  'use strict';
  var SOURCE = 'simulateur-bassin-minier';
  var frames = [];

  function setup(div) {
    var url;
    try {
      url = new URL(div.getAttribute('data-simulateur-src'), document.baseURI);
    } catch (e) {
      return;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return;
    var iframe = document.createElement('iframe');
    iframe.src = url.href;
    iframe.title = div.getAttribute('data-simulateur-title') || 'Simulateur bassin minier';
    if (div.id) iframe.id = div.id;
    if (div.className) iframe.className = div.className;
    iframe.style.display = 'block';
    iframe.style.width = '100%';
    iframe.style.border = '0';
    iframe.style.height = (parseInt(div.getAttribute('data-simulateur-height'), 10) || 600) + 'px';
    div.parentNode.replaceChild(iframe, div);
    frames.push({ iframe: iframe, origin: url.origin });
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.source !== SOURCE) return;
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.iframe.contentWindow !== event.source || frame.origin !== event.origin) continue;
      if (data.type === 'resize' && typeof data.height === 'number' && data.height > 0 && data.height < 100000) {
        frame.iframe.style.height = Math.ceil(data.height) + 'px';
      }
      frame.iframe.dispatchEvent(new CustomEvent('simulateur-message', { detail: data, bubbles: true }));
    }
  });

  function init() {
    var divs = document.querySelectorAll('div[data-simulateur-src]');
    for (var i = 0; i < divs.length; i++) setup(divs[i]);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
