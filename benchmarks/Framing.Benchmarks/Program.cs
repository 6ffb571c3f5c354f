using BenchmarkDotNet.Running;

using Framing.Benchmarks;

// `train` and `evaluate` are developer commands for the tagger (the `framing` CLI wires the same
// library calls); anything else goes to BenchmarkDotNet.
if (args.Length > 0 && TaggerCommands.TryRun(args, Console.Out, out var exitCode))
{
    return exitCode;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
