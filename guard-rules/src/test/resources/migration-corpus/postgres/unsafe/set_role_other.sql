SET ROLE admin;
