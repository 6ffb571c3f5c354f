using System.CommandLine;
using System.Diagnostics;

using Framing.Notebooks.Jupyter;
using Framing.Notebooks.Jupyter.KernelSpec;

namespace Framing.Cli.Commands;

/// <summary>
/// <c>framing kernel</c>: the C# (Framing) Jupyter kernel, and <c>install</c>/<c>uninstall</c> of its kernelspec.
/// </summary>
public static class KernelCommand
{
    /// <summary>Creates the command with its subcommands.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var connectionOption = new Option<string>("--connection-file")
        {
            Description = "The Jupyter connection file (written by the client that starts the kernel).",
            HelpName = "FILE",
            Required = true,
        };
        var command = new Command("kernel", "Run the C# (Framing) Jupyter kernel (Jupyter messaging protocol 5.3 over ZeroMQ).")
        {
            connectionOption,
        };
        command.Subcommands.Add(CreateInstall(environment));
        command.Subcommands.Add(CreateUninstall(environment));
        CommandRunner.SetAction(command, environment, async (parseResult, cancellationToken) =>
        {
            var path = environment.Resolve(parseResult.GetValue(connectionOption)!);
            if (!File.Exists(path))
            {
                throw new CliUsageException($"The connection file '{path}' does not exist.");
            }

            var code = await JupyterKernel.RunAsync(path, environment.Error, cancellationToken).ConfigureAwait(false);
            return code == JupyterKernel.ExitOk ? ExitCodes.Success : ExitCodes.UserError;
        });
        return command;
    }

    private static Command CreateInstall(CliEnvironment environment)
    {
        var (user, sysPrefix, prefix, name) = TargetOptions();
        var install = new Command(
            "install",
            "Write the kernelspec (kernel.json with display name \"C# (Framing)\", language csharp, interrupt_mode message, and logos). " +
            "It starts this build of the CLI, so publish first (dotnet publish src/Framing.Cli -c Release -o artifacts/framing) and install from there.")
        {
            user, sysPrefix, prefix, name,
        };
        CommandRunner.SetAction(install, environment, (parseResult, _) =>
        {
            var target = ResolveTarget(parseResult, sysPrefix, prefix, environment);
            var cliPath = typeof(KernelCommand).Assembly.Location;
            var directory = KernelSpecInstaller.Install(target, parseResult.GetValue(name)!, cliPath);
            environment.Out.WriteLine($"Installed kernelspec '{parseResult.GetValue(name)}' in {directory}");
            return Task.FromResult(ExitCodes.Success);
        });
        return install;
    }

    private static Command CreateUninstall(CliEnvironment environment)
    {
        var (user, sysPrefix, prefix, name) = TargetOptions();
        var uninstall = new Command("uninstall", "Remove the kernelspec written by 'framing kernel install'.") { user, sysPrefix, prefix, name };
        CommandRunner.SetAction(uninstall, environment, (parseResult, _) =>
        {
            var target = ResolveTarget(parseResult, sysPrefix, prefix, environment);
            var kernelName = parseResult.GetValue(name)!;
            if (!KernelSpecInstaller.Uninstall(target, kernelName))
            {
                throw new CliUsageException($"No kernelspec named '{kernelName}' in {target.KernelsDirectory}.");
            }

            environment.Out.WriteLine($"Removed kernelspec '{kernelName}' from {target.KernelsDirectory}");
            return Task.FromResult(ExitCodes.Success);
        });
        return uninstall;
    }

    private static (Option<bool> User, Option<bool> SysPrefix, Option<string?> Prefix, Option<string> Name) TargetOptions() =>
    (
        new Option<bool>("--user") { Description = "Per-user Jupyter data folder (the default)." },
        new Option<bool>("--sys-prefix") { Description = "The Jupyter data folder of the python3 on PATH (sys.prefix)." },
        new Option<string?>("--prefix") { Description = "PREFIX/share/jupyter/kernels.", HelpName = "DIR" },
        new Option<string>("--name") { Description = "Kernelspec name.", DefaultValueFactory = _ => KernelSpecInstaller.DefaultName }
    );

    private static KernelSpecTarget ResolveTarget(ParseResult parseResult, Option<bool> sysPrefix, Option<string?> prefix, CliEnvironment environment)
    {
        if (parseResult.GetValue(prefix) is { } directory)
        {
            return KernelSpecTarget.Prefix(environment.Resolve(directory));
        }

        return parseResult.GetValue(sysPrefix) ? KernelSpecTarget.SysPrefix(PythonSysPrefix()) : KernelSpecTarget.User();
    }

    private static string PythonSysPrefix()
    {
        try
        {
            using var python = Process.Start(new ProcessStartInfo("python3", ["-c", "import sys; print(sys.prefix)"])
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            }) ?? throw new CliUsageException("--sys-prefix needs python3 on PATH.");
            var prefix = python.StandardOutput.ReadToEnd().Trim();
            python.WaitForExit();
            return python.ExitCode == 0 && prefix.Length > 0 ? prefix : throw new CliUsageException("--sys-prefix: python3 did not report sys.prefix.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new CliUsageException("--sys-prefix needs python3 on PATH; use --user or --prefix DIR instead.", exception);
        }
    }
}
