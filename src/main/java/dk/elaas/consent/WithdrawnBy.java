package dk.elaas.consent;

/** Who withdrew a consent: the citizen, an employee on the citizen's behalf, or eLås when a newer consent replaced it. */
public enum WithdrawnBy {
    CITIZEN, EMPLOYEE_ON_BEHALF, SUPERSEDED
}
