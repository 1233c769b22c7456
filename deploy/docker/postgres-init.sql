-- One database per service: no service reads or writes another's tables.
CREATE DATABASE labour;
CREATE DATABASE social_insurance;
CREATE DATABASE job_matching;
CREATE DATABASE gateway;
