using PerfEval.Samples;

namespace PerfEval.Tests.Samples;

public class FormLayoutTests
{
    private static readonly IReadOnlyList<SeedForm> Forms = SeedText.LoadDefault();

    private static (int Column, int Span, VMerge Merge)[] Shape(LaidRow row) =>
        row.Cells.Select(c => (c.Column, c.Span, c.Merge)).ToArray();

    [Fact]
    public void Every_row_covers_the_nine_columns_exactly()
    {
        Assert.All(Forms, f => Assert.All(FormLayout.Lay(f), row =>
        {
            var column = 1;
            foreach (var cell in row.Cells)
            {
                Assert.Equal(column, cell.Column);
                column += cell.Span;
            }
            Assert.Equal(FormLayout.Columns + 1, column);
        }));
    }

    [Fact]
    public void Header_funding_and_goal_rows_get_the_original_spans()
    {
        var rows = FormLayout.Lay(Forms[0]);
        Assert.Equal([(1, 1, VMerge.None), (2, 8, VMerge.None)], Shape(rows[0]));
        Assert.Equal([(1, 1, VMerge.None), (2, 3, VMerge.None), (5, 2, VMerge.None), (7, 3, VMerge.None)], Shape(rows[1]));

        var funding = rows.Where(r => r.Kind is RowKind.FundingHeader or RowKind.Funding).ToList();
        Assert.Equal(5, funding.Count);
        Assert.Equal(VMerge.Restart, funding[0].Cells[0].Merge);
        Assert.All(funding.Skip(1), r => Assert.Equal(VMerge.Continue, r.Cells[0].Merge));
        Assert.All(funding, r => Assert.Equal((2, 2), (r.Cells[1].Column, r.Cells[1].Span)));
        Assert.Equal([CellKind.Number, CellKind.Number, CellKind.Number, CellKind.Number, CellKind.Rate, CellKind.Number],
            funding[1].Cells.Skip(2).Select(c => c.Kind));

        var goals = rows.Where(r => r.Kind is RowKind.GoalsHeader or RowKind.Goals).ToList();
        Assert.Equal([(1, 1, VMerge.Restart), (2, 4, VMerge.None), (6, 4, VMerge.None)], Shape(goals[0]));
        Assert.Equal([(1, 1, VMerge.Continue), (2, 4, VMerge.None), (6, 4, VMerge.None)], Shape(goals[1]));
    }

    [Fact]
    public void An_empty_level_cell_continues_the_merge_above_even_across_categories()
    {
        // Form 2 leaves 一级 blank over its 社会效益 rows, so 产出指标 carries down over them as in the real form.
        var rows = FormLayout.Lay(Forms[1]).Where(r => r.Kind == RowKind.Indicator).ToList();
        Assert.Equal(("产出指标", VMerge.Restart), (rows[0].Cells[1].Text, rows[0].Cells[1].Merge));
        var social = rows.First(r => r.Cells[2].Text.StartsWith("社会效益"));
        Assert.Equal(VMerge.Continue, social.Cells[1].Merge);
        Assert.Equal(VMerge.Restart, social.Cells[2].Merge);
        var satisfaction = rows.First(r => r.Cells[1].Text.StartsWith("满意度"));
        Assert.Equal(VMerge.Restart, satisfaction.Cells[1].Merge);
        Assert.All(rows, r => Assert.Equal(VMerge.Continue, r.Cells[0].Merge));
        Assert.All(rows, r => Assert.Equal([CellKind.Number, CellKind.Number], r.Cells.Skip(6).Take(2).Select(c => c.Kind)));
    }

    [Fact]
    public void A_level_cell_that_nothing_continues_is_not_merged()
    {
        // Form 7's 满意度 group has a single row.
        var last = FormLayout.Lay(Forms[6]).Last(r => r.Kind == RowKind.Indicator);
        Assert.Equal(VMerge.None, last.Cells[1].Merge);
        Assert.Equal(VMerge.None, last.Cells[2].Merge);
    }

    [Fact]
    public void Total_and_analysis_rows_get_their_spans_and_merges()
    {
        var rows = FormLayout.Lay(Forms[2]);
        var total = rows.Single(r => r.Kind == RowKind.Total);
        Assert.Equal([(1, 6, VMerge.None), (7, 1, VMerge.None), (8, 1, VMerge.None), (9, 1, VMerge.None)], Shape(total));

        var analysis = rows.SkipWhile(r => r.Kind != RowKind.Analysis).ToList();
        Assert.Equal(7, analysis.Count);
        Assert.Equal([(1, 1, VMerge.Restart), (2, 1, VMerge.Restart), (3, 2, VMerge.None), (5, 5, VMerge.None)], Shape(analysis[0]));
        Assert.All(analysis.Skip(1).Take(3), r =>
            Assert.Equal([(1, 1, VMerge.Continue), (2, 1, VMerge.Continue), (3, 2, VMerge.None), (5, 5, VMerge.None)], Shape(r)));
        Assert.All(analysis.Skip(4), r =>
        {
            Assert.Equal(RowKind.AnalysisItem, r.Kind);
            Assert.Equal([(1, 1, VMerge.Continue), (2, 3, VMerge.None), (5, 5, VMerge.None)], Shape(r));
        });
    }

    [Fact]
    public void A_row_that_fits_no_pattern_still_fills_the_grid()
    {
        var form = Forms[0].Clone();
        form.Rows.Insert(1, ["备注", "a", "b"]);
        var row = FormLayout.Lay(form)[1];
        Assert.Equal(RowKind.Other, row.Kind);
        Assert.Equal([(1, 1, VMerge.None), (2, 1, VMerge.None), (3, 7, VMerge.None)], Shape(row));
        form.Rows.Insert(1, Enumerable.Repeat("x", 10).ToList());
        Assert.Throws<ArgumentException>(() => FormLayout.Lay(form));
    }
}
