using GilGen.Fuzz;

return FuzzCommand.Run(args);
