namespace PerfEval.Scoring;

/// <summary>Which budget figure the execution rate divides by.</summary>
public enum ExecutionBasis
{
    /// <summary>全年预算数 (调整后预算数), 年初预算数 when it is blank: the national rule.</summary>
    FullYear,
    /// <summary>年初预算数, 全年预算数 when it is blank: provinces that hold units to the budget they asked for.</summary>
    Initial,
}

/// <summary>What an actual far above its positive target costs.</summary>
public enum OverAchievementTreatment
{
    /// <summary>Nothing: full score, PE205 notes the low target.</summary>
    None,
    /// <summary>A flat deduction (deductPoints) at deductAt above the target.</summary>
    Flat,
    /// <summary>The national 适度调减: beyond deductAt the score loses the excess share of the weight.</summary>
    Proportional,
}
