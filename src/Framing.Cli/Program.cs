return Framing.Cli.CliApplication.Run(args);
