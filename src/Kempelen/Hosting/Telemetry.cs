using System.Diagnostics;

namespace Kempelen.Hosting;

/// <summary>The one activity source Kempelen reports through.</summary>
public static class Telemetry
{
    public const string Name = "Kempelen";

    public static readonly ActivitySource Source = new(Name);
}
