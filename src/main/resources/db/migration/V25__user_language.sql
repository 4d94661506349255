-- Issue 19.5: the language a user chose in "My account" ('en' or 'pt-BR', a BCP 47 tag); null
-- means the browser's language, the default. The service accepts only the supported tags.
alter table app_user add column language varchar(10);
