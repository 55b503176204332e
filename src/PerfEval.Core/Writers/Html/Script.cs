namespace PerfEval.Writers.Html;

/// <summary>
/// Sorting and filtering of the forms table. Optional: the controls stay
/// hidden and the table stays complete when scripts are off.
/// </summary>
public static class Script
{
    public const string Js = """
(function () {
  var table = document.getElementById('form-table');
  if (!table) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var q = document.getElementById('q'), sev = document.getElementById('sev'), grade = document.getElementById('grade');
  var shown = document.getElementById('shown');
  document.getElementById('table-controls').hidden = false;

  function count(r, k) { return +r.getAttribute('data-' + k) || 0; }
  function keep(r, text) {
    if (text && r.textContent.toLowerCase().indexOf(text) < 0) return false;
    var e = count(r, 'error'), w = count(r, 'warning'), i = count(r, 'info');
    if (sev.value === 'error' && e === 0) return false;
    if (sev.value === 'warning' && e + w === 0) return false;
    if (sev.value === 'clean' && e + w + i > 0) return false;
    return !grade.value || r.getAttribute('data-grade') === grade.value;
  }
  function apply() {
    var text = q.value.trim().toLowerCase(), n = 0;
    rows.forEach(function (r) { var ok = keep(r, text); r.hidden = !ok; if (ok) n++; });
    shown.textContent = '显示 ' + n + ' / ' + rows.length + ' 张表';
  }
  [q, sev, grade].forEach(function (el) { el.addEventListener('input', apply); el.addEventListener('change', apply); });

  function key(cell, numeric) {
    if (!numeric) return cell.textContent.trim();
    var v = cell.getAttribute('data-v');
    return v === null || v === '' ? -Infinity : parseFloat(v);
  }
  var heads = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads, function (th, col) {
    var kind = th.getAttribute('data-sort');
    if (!kind) return;
    th.classList.add('sortable');
    th.tabIndex = 0;
    function sort() {
      var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
      var numeric = kind === 'num';
      rows.sort(function (a, b) {
        var x = key(a.cells[col], numeric), y = key(b.cells[col], numeric);
        var c = numeric ? (x < y ? -1 : x > y ? 1 : 0) : x.localeCompare(y, 'zh-CN');
        return c * dir;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    }
    th.addEventListener('click', sort);
    th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); } });
  });
  apply();
})();
""";
}
