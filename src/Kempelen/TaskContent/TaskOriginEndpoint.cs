namespace Kempelen.TaskContent;

/// <summary>Endpoint metadata: served only on the task origin's host, and the task origin serves nothing else.</summary>
public sealed class TaskOriginEndpoint
{
    public static readonly TaskOriginEndpoint Instance = new();

    private TaskOriginEndpoint()
    {
    }
}
