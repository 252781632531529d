-- A jobspor-server database from before schema versions (PRAGMA user_version 0),
-- made by its schema: two citizens, five job-log entries numbered by the one
-- change sequence of all citizens, a token and an operation. test-server-store.c
-- checks that it migrates with nothing lost and every cursor still good.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE citizen (  number  TEXT PRIMARY KEY NOT NULL,  name    TEXT NOT NULL,  created TEXT NOT NULL) WITHOUT ROWID;
INSERT INTO citizen VALUES('0101901234','Oksana Kovalenko','2026-11-02T08:00:00Z');
INSERT INTO citizen VALUES('0202852345','Ahmad Al-Khatib','2026-11-02T08:01:00Z');
CREATE TABLE code (  hash    TEXT PRIMARY KEY NOT NULL,  citizen TEXT NOT NULL REFERENCES citizen (number),  expires INTEGER NOT NULL,  used    INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE TABLE token (  hash    TEXT PRIMARY KEY NOT NULL,  citizen TEXT NOT NULL REFERENCES citizen (number),  expires INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO token VALUES('069b3f28b479ba4848f87474f2b597c0f1825b9e1d58450d3f087a7bd91a3715','0101901234',4102444800);
CREATE TABLE sign_in_failure (  citizen TEXT NOT NULL,  source  TEXT NOT NULL,  at      INTEGER NOT NULL);
CREATE TABLE record (  entity   TEXT NOT NULL,  id       TEXT NOT NULL,  citizen  TEXT NOT NULL REFERENCES citizen (number),  revision INTEGER NOT NULL,  deleted  INTEGER NOT NULL,  body     TEXT,  seq      INTEGER NOT NULL,  PRIMARY KEY (entity, id)) WITHOUT ROWID;
INSERT INTO record VALUES('joblog-entry','11111111-1111-4111-8111-111111111111','0101901234',1,0,'{"id":"11111111-1111-4111-8111-111111111111","revision":1,"kind":"advertised","status":"applied","date":"2026-11-20","deadline":null,"title":"Lagerarbejder","employer":"Coop","location":"","source":"Jobnet","contact":"","link":"","notes":""}',1);
INSERT INTO record VALUES('joblog-entry','22222222-2222-4222-8222-222222222222','0202852345',1,0,'{"id":"22222222-2222-4222-8222-222222222222","revision":1,"kind":"advertised","status":"applied","date":"2026-11-20","deadline":null,"title":"Kok","employer":"Coop","location":"","source":"Jobnet","contact":"","link":"","notes":""}',2);
INSERT INTO record VALUES('joblog-entry','33333333-3333-4333-8333-333333333333','0101901234',1,0,'{"id":"33333333-3333-4333-8333-333333333333","revision":1,"kind":"advertised","status":"applied","date":"2026-11-20","deadline":null,"title":"Buschauffør","employer":"Coop","location":"","source":"Jobnet","contact":"","link":"","notes":""}',3);
INSERT INTO record VALUES('joblog-entry','44444444-4444-4444-8444-444444444444','0101901234',1,0,'{"id":"44444444-4444-4444-8444-444444444444","revision":1,"kind":"advertised","status":"applied","date":"2026-11-20","deadline":null,"title":"Pædagogmedhjælper","employer":"Coop","location":"","source":"Jobnet","contact":"","link":"","notes":""}',4);
INSERT INTO record VALUES('joblog-entry','55555555-5555-4555-8555-555555555555','0202852345',1,0,'{"id":"55555555-5555-4555-8555-555555555555","revision":1,"kind":"advertised","status":"applied","date":"2026-11-20","deadline":null,"title":"Tømrer","employer":"Coop","location":"","source":"Jobnet","contact":"","link":"","notes":""}',5);
CREATE TABLE operation (  citizen  TEXT NOT NULL,  op       TEXT NOT NULL,  status   TEXT NOT NULL,  revision INTEGER NOT NULL,  reason   TEXT,  record   TEXT,  created  INTEGER NOT NULL,  PRIMARY KEY (citizen, op)) WITHOUT ROWID;
INSERT INTO operation VALUES('0101901234','aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa','applied',1,NULL,NULL,1763625600);
CREATE TABLE counter (  name  TEXT PRIMARY KEY NOT NULL,  value INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO counter VALUES('seq',5);
CREATE INDEX sign_in_failure_source ON sign_in_failure (source, at);
CREATE INDEX sign_in_failure_citizen ON sign_in_failure (citizen, source, at);
CREATE INDEX sign_in_failure_at ON sign_in_failure (at);
CREATE INDEX record_changes ON record (citizen, seq);
COMMIT;
