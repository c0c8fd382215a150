using SpaceBridge.Scheduling.Cli;

return SchedulerCli.Run(args, Console.Out, Console.Error);
