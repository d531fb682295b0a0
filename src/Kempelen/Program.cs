using Kempelen.Cli;

return await CommandLine.RunAsync(args);
