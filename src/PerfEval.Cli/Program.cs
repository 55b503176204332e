using PerfEval.Cli;

return App.Run(args);
