(() => {
  const button = document.querySelector('[data-copy-bibtex]');
  const status = document.querySelector('[data-copy-status]');
  const source = document.querySelector('[data-bibtex]');
  if (!button || !status || !source || !navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(source.textContent);
      status.textContent = 'Copied to the clipboard.';
    } catch {
      status.textContent = 'Copying failed: select the text above and copy it.';
    }
  });
})();
