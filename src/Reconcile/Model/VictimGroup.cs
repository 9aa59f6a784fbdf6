namespace Reconcile.Model;

/// <summary>Who a casualty figure counts.</summary>
public enum VictimGroup
{
    /// <summary>Not stated ("at least 18 people").</summary>
    Unspecified = 0,

    /// <summary>Civilians, residents, worshippers, students, shoppers.</summary>
    Civilians,

    /// <summary>Children.</summary>
    Children,

    /// <summary>Displaced people or refugees.</summary>
    Displaced,

    /// <summary>Police officers.</summary>
    Police,

    /// <summary>Soldiers, government or pro-government forces and allied militias.</summary>
    GovernmentForces,

    /// <summary>Non-state fighters: militants, rebels, insurgents, jihadists.</summary>
    Militants,

    /// <summary>The perpetrators themselves (suicide bombers, the gunman); counted apart from their victims.</summary>
    Perpetrators,
}
