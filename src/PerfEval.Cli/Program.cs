using PerfEval.Cli;

// Files dragged onto perfeval.exe in Explorer: an HTML report beside them (DragDrop).
if (DragDrop.OwnsConsole() && DragDrop.Plan(args) is var (checkArgs, report))
    return DragDrop.Run(checkArgs, report);
return App.Run(args);
