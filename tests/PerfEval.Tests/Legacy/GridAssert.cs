using PerfEval.Grid;

namespace PerfEval.Tests.Legacy;

/// <summary>Two readings of the same forms compared cell for cell: text, address, merge origin, number and format.</summary>
internal static class GridAssert
{
    public static void Same(SourceDocument expected, SourceDocument actual)
    {
        Assert.Equal(expected.Grids.Select(g => g.Name), actual.Grids.Select(g => g.Name));
        foreach (var (e, a) in expected.Grids.Zip(actual.Grids))
            Same(e, a);
    }

    public static void Same(CellGrid e, CellGrid a)
    {
        Assert.Equal(e.Sheet, a.Sheet);
        Assert.Equal(e.Table, a.Table);
        Assert.Equal(e.Preamble, a.Preamble);
        Assert.True(e.Rows.Count == a.Rows.Count, $"{e.Name}: {e.Rows.Count} rows expected, {a.Rows.Count} read");
        foreach (var (er, ar) in e.Rows.Zip(a.Rows))
        {
            Assert.Equal(er.Number, ar.Number);
            Assert.True(er.Cells.Count == ar.Cells.Count, $"{e.Name} row {er.Number}: {er.Cells.Count} cells expected, {ar.Cells.Count} read");
            foreach (var (ec, ac) in er.Cells.Zip(ar.Cells))
            {
                var at = $"{e.Name} {ec.Ref}";
                Assert.True(ec.Text == ac.Text, $"{at}: text “{ec.Text}” expected, “{ac.Text}” read");
                Assert.Equal(ec.Ref, ac.Ref);
                Assert.True(ec.Origin == ac.Origin, $"{at}: merge origin {ec.Origin} expected, {ac.Origin} read");
                Assert.True(ec.Number == ac.Number, $"{at}: number {ec.Number} expected, {ac.Number} read");
                Assert.True(ec.IsPercentFormat == ac.IsPercentFormat, $"{at}: percent format {ec.IsPercentFormat} expected");
                Assert.True(ec.IsFormula == ac.IsFormula, $"{at}: formula {ec.IsFormula} expected");
            }
        }
    }
}
