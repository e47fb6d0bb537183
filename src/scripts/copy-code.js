(() => {
  const words = document.currentScript?.dataset;
  if (!words || !navigator.clipboard) return;
  // Before the first paint, as the theme: code.css makes room for the buttons now, so they move nothing.
  document.documentElement.classList.add('can-copy');
  addEventListener('DOMContentLoaded', () => {
    const status = document.createElement('p');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    (document.querySelector('main') ?? document.body).append(status);
    for (const pre of document.querySelectorAll('.prose pre')) {
      const code = pre.querySelector('code');
      if (!code) continue;
      const block = document.createElement('div');
      const button = document.createElement('button');
      block.className = 'code-block';
      button.type = 'button';
      button.className = 'code-copy';
      button.textContent = words.copy;
      pre.replaceWith(block);
      block.append(button, pre);
      button.addEventListener('click', async () => {
        let said = words.failed;
        try {
          await navigator.clipboard.writeText(code.textContent);
          said = words.copied;
        } catch {}
        // Emptied first, so that a second copy is announced again.
        status.textContent = '';
        requestAnimationFrame(() => (status.textContent = button.textContent = said));
        setTimeout(() => (button.textContent = words.copy), 2000);
      });
    }
  });
})();
