-- Words people in crisis type, and what the portal's texts call the same thing: each group is
-- a comma-separated list of equivalent terms in any language; a query with one of them also
-- finds the others. Admins edit the list in the back-office (/admin/search/synonyms).
create table search_synonym_group (
    id bigint generated always as identity constraint search_synonym_group_pk primary key,
    position integer not null,
    terms varchar(2000) not null
);

insert into search_synonym_group (position, terms) values
    (1, 'hotline, helpline, hot line, ცხელი ხაზი, ცხელ ხაზზე, թեժ գիծ, թեժ գծի'),
    (2, 'help, assistance, support, დახმარება, დახმარების, օգնություն, աջակցություն'),
    (3, 'phone, telephone, call, number, ტელეფონი, ნომერი, დარეკვა, հեռախոս, համար, զանգ'),
    (4, 'passport, პასპორტი, პასპორტის, անձնագիր, անձնագրի'),
    (5, 'visa, visas, ვიზა, ვიზის, վիզա, վիզայի'),
    (6, 'residence permit, residence, ბინადრობის ნებართვა, ბინადრობა, կացության թույլտվություն, կացություն'),
    (7, 'trafficking, trafficing, traficking, trafiking, human trafficking, ტრეფიკინგი, ტრეფიკინგის, ადამიანით ვაჭრობა, թրաֆիքինգ, թրաֆիկինգ, մարդկանց թրաֆիքինգ'),
    (8, 'emergency, police, ambulance, საგანგებო, პოლიცია, სასწრაფო, արտակարգ, ոստիկանություն, շտապ օգնություն'),
    (9, 'work abroad, job abroad, labour migration, labor migration, შრომითი მიგრაცია, სამუშაო საზღვარგარეთ, աշխատանքային միգրացիա, աշխատանք արտերկրում');
