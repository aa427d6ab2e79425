// The redress widget. A company's page adds
//   <script src="https://PORTAL/embed.js" data-provider="kijoma" data-lang="fr" async></script>
// or, for several widgets, placeholders <div data-redress-provider="kijoma" data-lang="fr"></div>
// and one script tag. Each spot gets the complaint form in an iframe, created
// only when it nears the viewport; the iframe takes the height its page
// reports, from the portal's exact origin only.
(() => {
  const script = document.currentScript;
  if (!script) return;
  const portal = new URL(script.src).origin;
  const spots = [...document.querySelectorAll('[data-redress-provider]')];
  if (script.dataset.provider) {
    const spot = document.createElement('div');
    spot.dataset.redressProvider = script.dataset.provider;
    if (script.dataset.lang) spot.dataset.lang = script.dataset.lang;
    script.after(spot);
    spots.push(spot);
  }
  const frames = new Map();
  const open = (spot) => {
    const url = new URL(`/embed/${encodeURIComponent(spot.dataset.redressProvider)}`, portal);
    if (spot.dataset.lang) url.searchParams.set('lang', spot.dataset.lang);
    url.searchParams.set('host', location.origin);
    const frame = document.createElement('iframe');
    frame.src = url.href;
    frame.title = spot.dataset.title || 'Complaint form';
    frame.style.cssText = 'display:block;width:100%;height:640px;border:0';
    spot.style.minHeight = '';
    spot.append(frame);
    frames.set(frame.contentWindow, frame);
  };
  const near = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (entry.isIntersecting) {
        near.unobserve(entry.target);
        open(entry.target);
      }
    }
  }, { rootMargin: '300px' });
  // Each spot holds the widget's first height from the start: the host page
  // does not jump when it arrives, and spots further down stay out of reach.
  spots.forEach((spot) => {
    spot.style.minHeight = '640px';
    near.observe(spot);
  });
  addEventListener('message', (event) => {
    if (event.origin !== portal) return;
    const frame = frames.get(event.source);
    const data = event.data;
    if (!frame || !data) return;
    if (data.type === 'redress:height' && Number.isInteger(data.height)) {
      frame.style.height = `${Math.min(Math.max(data.height, 200), 20000)}px`;
    } else if (data.type === 'redress:page' && frame.getBoundingClientRect().top < 0) {
      // A new page in the widget starts at its top, as a new page would.
      frame.scrollIntoView();
    }
  });
})();
