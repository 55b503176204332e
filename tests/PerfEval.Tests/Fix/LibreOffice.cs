using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PerfEval.Tests.Fix;

/// <summary>
/// Recalculates workbooks in LibreOffice, a real spreadsheet program. The
/// cached values are stripped first, so whatever comes back was computed by
/// LibreOffice from the formulas, not echoed from the file.
/// </summary>
public static class LibreOffice
{
    const string Install = "LibreOffice (soffice) is required by this test and was not found on PATH: " +
        "apt-get install -y --no-install-recommends libreoffice-calc-nogui (.ci/run does this)";

    public static string Soffice()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (dir.Length == 0) continue;
            var path = Path.Combine(dir, "soffice");
            if (File.Exists(path)) return path;
        }
        throw new InvalidOperationException(Install);
    }

    /// <summary>Each workbook's bytes after LibreOffice opened, recalculated and saved it, by the given names.</summary>
    public static Dictionary<string, byte[]> Recalculate(IReadOnlyDictionary<string, byte[]> books)
    {
        var soffice = Soffice();
        var work = Directory.CreateTempSubdirectory("perfeval-lo-").FullName;
        try
        {
            var input = Directory.CreateDirectory(Path.Combine(work, "in")).FullName;
            var output = Directory.CreateDirectory(Path.Combine(work, "out")).FullName;
            foreach (var (name, bytes) in books) File.WriteAllBytes(Path.Combine(input, name + ".xlsx"), WithoutCachedValues(bytes));

            var start = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            // A private profile: a user's running LibreOffice or a parallel run would otherwise take the job.
            foreach (var a in new[] { $"-env:UserInstallation=file://{work}/profile", "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", output })
                start.ArgumentList.Add(a);
            foreach (var name in books.Keys) start.ArgumentList.Add(Path.Combine(input, name + ".xlsx"));
            using var p = Process.Start(start)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                p.Kill(entireProcessTree: true);
                throw new TimeoutException("soffice did not finish in 3 minutes");
            }
            var result = new Dictionary<string, byte[]>();
            foreach (var name in books.Keys)
            {
                var path = Path.Combine(output, name + ".xlsx");
                if (!File.Exists(path))
                    throw new InvalidOperationException($"soffice wrote no {name}.xlsx (exit {p.ExitCode}): {stdout.Result} {stderr.Result}");
                result[name] = File.ReadAllBytes(path);
            }
            return result;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    static byte[] WithoutCachedValues(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        buffer.Write(bytes);
        using (var doc = SpreadsheetDocument.Open(buffer, isEditable: true))
        {
            foreach (var part in doc.WorkbookPart!.WorksheetParts)
            {
                foreach (var cell in part.Worksheet.Descendants<Cell>().Where(c => c.CellFormula is not null))
                {
                    cell.CellValue = null;
                    cell.DataType = null;
                }
                part.Worksheet.Save();
            }
        }
        return buffer.ToArray();
    }
}
