// The workshop page's own script: what group A's simulator reports, shown under it and
// passed on to group B's (read-only) simulator, which then shows the same scenario. Loaded
// before embed.js, so that group B's address can first list this page's origin: the app
// reads messages only from the origins its address lists.
var groupB = document.getElementById('groupe-b');
groupB.setAttribute('data-simulateur-src', groupB.getAttribute('data-simulateur-src') + '&origins=' + encodeURIComponent(location.origin));

document.addEventListener('simulateur-message', function (event) {
  var message = event.detail;
  if (event.target.id !== 'groupe-a' || message.type !== 'change') return;
  var pdc = message.totals.filter(function (t) { return t.dept === '62'; })[0];
  document.getElementById('groupe-a-figures').textContent =
    (message.compliant ? 'Toutes les règles respectées' : message.violations + ' règle(s) non respectée(s)') +
    (pdc ? ' — Pas-de-Calais : ' + Number(pdc.total).toLocaleString('fr-FR') + ' € au total' : '');
  var b = document.getElementById('groupe-b');
  if (b && b.contentWindow) {
    b.contentWindow.postMessage({ source: 'simulateur-bassin-minier', type: 'set-scenario', link: message.link }, new URL(b.src).origin);
  }
});
