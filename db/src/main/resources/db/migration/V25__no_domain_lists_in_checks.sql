-- Procedures and states are data (procedure-rules.csv, the Application's transition table), not
-- schema: the checks that held lists of procedure codes or of states are dropped, so a procedure
-- or a state of the same shape needs no migration. What a procedure asks (an intended entry, a
-- period held now, accompanying persons) is the domain's rule (Procedure, Application); NOT NULL
-- and the checks of form (patterns, ranges, one column implying another) stay.
alter table application
    drop constraint application_state_ck,
    drop constraint application_entry_coe_ck,
    drop constraint application_current_period_holder_ck,
    drop constraint application_current_indefinite_holder_ck,
    drop constraint application_accompanied_coe_ck;

alter table registration
    drop constraint registration_state_ck;
