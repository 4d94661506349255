-- Small per-user preferences (for example the columns chosen in the accounts list).
create table user_setting (
    user_id bigint        not null references app_user (id) on delete cascade,
    name    varchar(100)  not null,
    value   varchar(4000) not null,
    primary key (user_id, name)
);
