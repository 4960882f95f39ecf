-- A small Genius site. Timestamps are fixed so tests can move them forward deliberately. Zero dates,
-- latin1 text (true latin1 bytes and UTF-8 written through a latin1 connection), emoji, an unsigned
-- BIGINT at its maximum and soft-deleted rows are all here on purpose.
SET SESSION sql_mode = 'NO_ENGINE_SUBSTITUTION';

INSERT INTO division (id, name, code, is_active, is_deleted, created_at, updated_at) VALUES
  (1, 'North', 'NRTH', 1, 0, '2023-01-01 08:00:00', '2024-01-01 08:00:00'),
  (2, 'South', 'STH', 1, 0, '2023-01-01 08:00:00', '2024-01-01 08:00:01'),
  (3, 'Closed West', 'WST', 0, 1, '0000-00-00 00:00:00', '2024-01-01 08:00:02');

INSERT INTO user (id, division_id, first_name, last_name, email, role, hire_date, is_active, created_at, updated_at) VALUES
  (1, 1, 'Ana', 'Ruiz', 'ana@example.com', 'rep', '2020-03-01', 1, '2023-01-02 08:00:00', '2024-01-02 08:00:00'),
  (2, 1, 'Bob', 'Stone', 'bob@example.com', 'manager', '0000-00-00', 1, '2023-01-02 08:00:00', '2024-01-02 08:00:01'),
  (3, 2, 'Cy', 'Lee', 'cy@example.com', 'rep', '2021-07-15', 0, '0000-00-00 00:00:00', '2024-01-02 08:00:02');
-- 'José' twice: true latin1 (0xE9) and UTF-8 bytes stored in the latin1 column (0xC3 0xA9).
UPDATE user SET first_name = UNHEX('4A6F73E9'), updated_at = updated_at WHERE id = 1;
UPDATE user SET first_name = UNHEX('4A6F73C3A9'), updated_at = updated_at WHERE id = 3;

INSERT INTO marketing_source_type (id, name, is_paid) VALUES (1, 'Referral', 0), (2, 'Paid search', 1), (3, 'Home show', 1);

INSERT INTO marketing_source (id, division_id, type_id, name, cost_per_lead, started_on, created_at, updated_at) VALUES
  (1, 1, 1, 'Neighbour referral', NULL, '2022-01-01', '2023-01-03 08:00:00', '2024-01-03 08:00:00'),
  (2, 1, 2, 'Google Ads', 42.75, '0000-00-00', '2023-01-03 08:00:00', '2024-01-03 08:00:01'),
  (3, 2, 3, 'Spring home show', 118.00, '2023-04-01', '2023-01-03 08:00:00', '2024-01-03 08:00:02');

INSERT INTO phone_type (id, name) VALUES (1, 'mobile'), (2, 'home'), (3, 'work');

INSERT INTO prospect (id, division_id, marketing_source_id, owner_user_id, first_name, last_name, company, notes, status,
                      estimated_value, do_not_call, birth_date, is_deleted, created_at, updated_at) VALUES
  (1, 1, 1, 1, 'Dana', 'Hill', NULL, 'Wants a quote for windows 🪟', 'new', 12500.50, 0, '1980-05-17', 0, '2023-02-01 09:00:00', '2024-02-01 09:00:00'),
  (2, 1, 2, 2, 'Eli', 'Marsh', 'Marsh & Sons', NULL, 'qualified', 99999999.99, 1, '0000-00-00', 0, '2023-02-01 09:00:00', '2024-02-01 09:00:01'),
  (3, 2, 3, 3, 'Fay', 'Ng', NULL, 'Duplicate entry', 'dead', NULL, 0, NULL, 1, '2023-02-01 09:00:00', '2024-02-01 09:00:02'),
  (4, 2, NULL, NULL, 'Gus', 'Orr', NULL, NULL, 'new', 0.01, 0, '1975-00-00', 0, '0000-00-00 00:00:00', '2024-02-01 09:00:03'),
  (18446744073709551615, 1, 1, 1, 'Max', 'Key', NULL, 'Imported with the largest id', 'new', NULL, 0, NULL, 0, '2023-02-01 09:00:00', '2024-02-01 09:00:04');

INSERT INTO prospect_address (id, prospect_id, line1, line2, city, state, zip, is_primary, created_at, updated_at) VALUES
  (1, 1, '12 Elm St', NULL, 'Springfield', 'IL', '62701', 1, '2023-02-01 09:00:00', '2024-02-02 09:00:00'),
  (2, 2, '9 Rue Sainte-Anne', 'Apt 3', 'Montreal', 'QC', 'H2X', 1, '2023-02-01 09:00:00', '2024-02-02 09:00:01'),
  (3, 18446744073709551615, '1 Max Way', NULL, 'Omaha', 'NE', '68102', 1, '2023-02-01 09:00:00', '2024-02-02 09:00:02');
UPDATE prospect_address SET city = UNHEX('4D6F6E7472E9616C'), updated_at = updated_at WHERE id = 2;

INSERT INTO prospect_phone (id, prospect_id, phone_type_id, number, is_primary, created_at, updated_at) VALUES
  (1, 1, 1, '+12175550101', 1, '2023-02-01 09:00:00', '2024-02-03 09:00:00'),
  (2, 1, 2, '+12175550102', 0, '2023-02-01 09:00:00', '2024-02-03 09:00:01'),
  (3, 2, 3, '+15145550103', 1, '2023-02-01 09:00:00', '2024-02-03 09:00:02');

INSERT INTO prospect_email (id, prospect_id, email, is_primary, opted_out, created_at, updated_at) VALUES
  (1, 1, 'dana@example.com', 1, 0, '2023-02-01 09:00:00', '2024-02-04 09:00:00'),
  (2, 2, 'eli@marsh.example', 1, 1, '2023-02-01 09:00:00', '2024-02-04 09:00:01');

INSERT INTO appointment_result (id, name, is_sale) VALUES (1, 'Sold', 1), (2, 'No sale', 0), (3, 'Reschedule', 0);

INSERT INTO appointment (id, prospect_id, user_id, result_id, scheduled_for, duration_minutes, result_notes, is_confirmed,
                         is_deleted, created_at, updated_at) VALUES
  (1, 1, 1, 1, '2024-02-10 14:00:00', 90, 'Signed on the spot', 1, 0, '2023-02-05 09:00:00', '2024-02-10 16:00:00'),
  (2, 2, 2, 2, '2024-02-11 10:00:00', 60, NULL, 1, 0, '2023-02-05 09:00:00', '2024-02-11 12:00:00'),
  (3, 2, NULL, NULL, '0000-00-00 00:00:00', 60, NULL, 0, 1, '2023-02-05 09:00:00', '2024-02-11 12:00:01');

INSERT INTO service (id, division_id, name, unit_price, is_active, created_at, updated_at) VALUES
  (1, 1, 'Window replacement', 899.9900, 1, '2023-01-04 08:00:00', '2024-01-04 08:00:00'),
  (2, 2, 'Gutter guard', 12.3456, 1, '2023-01-04 08:00:00', '2024-01-04 08:00:01');

INSERT INTO quote_status (id, name) VALUES (1, 'draft'), (2, 'sent'), (3, 'accepted');

INSERT INTO quote (id, prospect_id, appointment_id, service_id, status_id, quantity, total_amount, external_ref, valid_until,
                   is_deleted, created_at, updated_at) VALUES
  (1, 1, 1, 1, 3, 14.000, 12599.86, 18446744073709551615, '2024-03-10', 0, '2024-02-10 15:00:00', '2024-02-10 15:30:00'),
  (2, 2, 2, 2, 2, 120.500, 1487.65, NULL, '0000-00-00', 0, '2024-02-11 11:00:00', '2024-02-11 11:30:00');
