/**
 * The site's only script, served as a file (the CSP allows no inline script): DKFDS's components, and
 * progressive enhancement of tables marked `data-sortable` (sort buttons in the headers, `aria-sort`) and of
 * filter fields `data-filter-for` (hidden until the script runs, so the page works without it).
 */
export const SITE_JS = String.raw`(function () {
  'use strict';
  if (window.DKFDS && typeof window.DKFDS.init === 'function') window.DKFDS.init();

  function cellValue(row, index) {
    var cell = row.cells[index];
    if (!cell) return '';
    var v = cell.getAttribute('data-sort');
    return v !== null ? v : cell.textContent.trim();
  }
  function compare(a, b, numeric) {
    if (numeric) {
      var x = parseFloat(a), y = parseFloat(b);
      var nx = isNaN(x), ny = isNaN(y);
      if (nx && ny) return 0;
      if (nx) return 1;
      if (ny) return -1;
      return x - y;
    }
    return a.localeCompare(b, 'da');
  }
  function makeSortable(table) {
    var headers = table.tHead ? table.tHead.rows[table.tHead.rows.length - 1].cells : [];
    var status = document.createElement('p');
    status.className = 'sr-only';
    status.setAttribute('aria-live', 'polite');
    table.parentNode.insertBefore(status, table.nextSibling);
    Array.prototype.forEach.call(headers, function (th, index) {
      if (th.hasAttribute('data-nosort')) return;
      var label = th.textContent.trim();
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.innerHTML = '';
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      var numeric = th.getAttribute('data-type') === 'number';
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(headers, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r1, r2) {
          var c = compare(cellValue(r1, index), cellValue(r2, index), numeric);
          return ascending ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
        status.textContent = 'Sorteret efter ' + label + (ascending ? ', stigende' : ', faldende');
      });
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll('table[data-sortable]'), makeSortable);

  Array.prototype.forEach.call(document.querySelectorAll('[data-filter-for]'), function (box) {
    var table = document.getElementById(box.getAttribute('data-filter-for'));
    var input = box.querySelector('input');
    var count = box.querySelector('[data-filter-count]');
    if (!table || !input) return;
    box.hidden = false;
    input.addEventListener('input', function () {
      var q = input.value.trim().toLocaleLowerCase('da');
      var shown = 0;
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var hit = q === '' || row.textContent.toLocaleLowerCase('da').indexOf(q) >= 0;
        row.hidden = !hit;
        if (hit) shown++;
      });
      if (count) count.textContent = shown + ' af ' + table.tBodies[0].rows.length + ' områder vises';
    });
  });
})();
`;
