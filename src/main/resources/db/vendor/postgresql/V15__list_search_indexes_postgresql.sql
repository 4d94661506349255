-- PostgreSQL. The lists' searches, served by indexes at a million rows: each place a list searches
-- (a deal's title, an activity's subject, a person's name or first e-mail, their organization's
-- name) is a folded column with a trigram index, queried as a union of id sets (SqlList.searchIds).
-- Building these indexes on a large table takes longer than the interactive statement timeout of
-- the pooled connections, so this migration lifts it for its own transaction.
set local statement_timeout = 0;
alter table person_email add column email_sort varchar(255) collate "C" generated always as (lower(translate(email,
        'ÀÁÂÃÄÅĀĂĄàáâãäåāăąÇĆĈĊČçćĉċčĎĐďđÈÉÊËĒĔĖĘĚèéêëēĕėęěĜĞĠĢĝğġģĤĦĥħÌÍÎÏĨĪĬĮİìíîïĩīĭįıĴĵĶķĹĻĽĿŁĺļľŀłÑŃŅŇñńņňÒÓÔÕÖØŌŎŐòóôõöøōŏőŔŖŘŕŗřŚŜŞŠśŝşšŢŤŦţťŧÙÚÛÜŨŪŬŮŰŲùúûüũūŭůűųŴŵÝŸŶýÿŷŹŻŽźżžÆæŒœßÐðÞþ',
        'AAAAAAAAAaaaaaaaaaCCCCCcccccDDddEEEEEEEEEeeeeeeeeeGGGGggggHHhhIIIIIIIIIiiiiiiiiiJjKkLLLLLlllllNNNNnnnnOOOOOOOOOoooooooooRRRrrrSSSSssssTTTtttUUUUUUUUUUuuuuuuuuuuWwYYYyyyZZZzzzAaOosDdTt'))) stored;
create index ix_person_email_sort_trgm on person_email using gin (email_sort gin_trgm_ops) where position = 0;
create index ix_activity_subject_sort_trgm on activity using gin (subject_sort gin_trgm_ops) where deleted_at is null;
