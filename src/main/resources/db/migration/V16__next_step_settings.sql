-- Completing an activity offers to schedule the next one (issue 16, "Next step, always"): whether
-- the prompt is shown, company-wide, and how many days ahead the next step is suggested.
alter table company_settings add column next_step_prompt boolean default true not null;
alter table company_settings add column follow_up_days int default 7 not null;
alter table company_settings add constraint ck_company_settings_follow_up check (follow_up_days between 0 and 365);
