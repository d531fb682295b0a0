namespace Kempelen.WorkerApp;

public enum HitGroupSort
{
    Newest,
    Reward,
    MostAvailable,
}
