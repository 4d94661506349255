-- Filters on custom fields (issue 16.5). A yes/no field type, stored as 'yes' or 'no' in
-- text_value, and indexes that let a number or date range find its organizations without
-- reading every value of the field.
alter table custom_field drop constraint ck_custom_field_type;
alter table custom_field add constraint ck_custom_field_type
    check (type in ('TEXT', 'NUMBER', 'MONEY', 'DATE', 'OPTION', 'YES_NO'));

create index ix_custom_field_value_number on custom_field_value (field_id, number_value);
create index ix_custom_field_value_date on custom_field_value (field_id, date_value);
