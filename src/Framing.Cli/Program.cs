using Framing.Cli;

return await CliApplication.RunAsync(args, CliEnvironment.FromConsole(), CancellationToken.None).ConfigureAwait(false);
