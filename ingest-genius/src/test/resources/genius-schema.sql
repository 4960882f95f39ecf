-- A model of the Genius CRM's MySQL schema, as the tests and the benchmark build it. The real schema is
-- not public; this one has what matters to a sync: foreign keys, created_at/updated_at, soft-delete flags,
-- zero dates allowed by a lax sql_mode, latin1 columns beside utf8mb4 ones, unsigned keys, TINYINT(1)
-- flags and exact decimals. Lookup tables have no modification timestamp, as is common in old schemas.
SET SESSION sql_mode = 'NO_ENGINE_SUBSTITUTION';

CREATE TABLE division (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(100) CHARACTER SET latin1 NOT NULL,
  code CHAR(4) CHARACTER SET latin1 NOT NULL,
  is_active TINYINT(1) NOT NULL DEFAULT 1,
  is_deleted TINYINT(1) NOT NULL DEFAULT 0,
  created_at DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
  updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
  KEY ix_division_updated (updated_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE user (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  division_id INT UNSIGNED NOT NULL,
  first_name VARCHAR(60) CHARACTER SET latin1 NOT NULL,
  last_name VARCHAR(60) CHARACTER SET latin1 NOT NULL,
  email VARCHAR(190) NOT NULL,
  role VARCHAR(30) NOT NULL,
  hire_date DATE NOT NULL DEFAULT '0000-00-00',
  is_active TINYINT(1) NOT NULL DEFAULT 1,
  is_deleted TINYINT(1) NOT NULL DEFAULT 0,
  created_at DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
  updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
  KEY ix_user_updated (updated_at),
  CONSTRAINT fk_user_division FOREIGN KEY (division_id) REFERENCES division (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE marketing_source_type (
  id SMALLINT UNSIGNED NOT NULL PRIMARY KEY,
  name VARCHAR(60) NOT NULL,
  is_paid TINYINT(1) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE marketing_source (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  division_id INT UNSIGNED NOT NULL,
  type_id SMALLINT UNSIGNED NOT NULL,
  name VARCHAR(120) CHARACTER SET latin1 NOT NULL,
  cost_per_lead DECIMAL(10,2) NULL,
  started_on DATE NOT NULL DEFAULT '0000-00-00',
  is_deleted TINYINT(1) NOT NULL DEFAULT 0,
  created_at DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
  updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
  KEY ix_marketing_source_updated (updated_at),
  CONSTRAINT fk_marketing_source_division FOREIGN KEY (division_id) REFERENCES division (id),
  CONSTRAINT fk_marketing_source_type FOREIGN KEY (type_id) REFERENCES marketing_source_type (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE phone_type (
  id TINYINT UNSIGNED NOT NULL PRIMARY KEY,
  name VARCHAR(30) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE prospect (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  division_id INT UNSIGNED NOT NULL,
  marketing_source_id INT UNSIGNED NULL,
  owner_user_id INT UNSIGNED NULL,
  first_name VARCHAR(60) CHARACTER SET latin1 NOT NULL,
  last_name VARCHAR(60) CHARACTER SET latin1 NOT NULL,
  company VARCHAR(120) NULL,
  notes TEXT NULL,
  status VARCHAR(20) NOT NULL DEFAULT 'new',
  estimated_value DECIMAL(12,2) NULL,
  do_not_call TINYINT(1) NOT NULL DEFAULT 0,
  birth_date DATE NULL,
  is_deleted TINYINT(1) NOT NULL DEFAULT 0,
  created_at DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
  updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
  KEY ix_prospect_updated (updated_at),
  CONSTRAINT fk_prospect_division FOREIGN KEY (division_id) REFERENCES division (id),
  CONSTRAINT fk_prospect_marketing_source FOREIGN KEY (marketing_source_id) REFERENCES marketing_source (id),
  CONSTRAINT fk_prospect_owner FOREIGN KEY (owner_user_id) REFERENCES user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE prospect_address (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  prospect_id BIGINT UNSIGNED NOT NULL,
  line1 VARCHAR(120) CHARACTER SET latin1 NOT NULL,
  line2 VARCHAR(120) CHARACTER SET latin1 NULL,
  city VARCHAR(60) CHARACTER SET latin1 NOT NULL,
  state CHAR(2) NOT NULL,
  zip VARCHAR(10) NOT NULL,
  is_primary TINYINT(1) NOT NULL DEFAULT 0,
  created_at DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
  updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
  KEY ix_prospect_address_updated (updated_at),
  CONSTRAINT fk_prospect_address_prospect FOREIGN KEY (prospect_id) REFERENCES prospect (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE prospect_phone (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  prospect_id BIGINT UNSIGNED NOT NULL,
  phone_type_id TINYINT UNSIGNED NOT NULL,
  number VARCHAR(20) NOT NULL,
  is_primary TINYINT(1) NOT NULL DEFAULT 0,
  created_at DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
  updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
  KEY ix_prospect_phone_updated (updated_at),
  CONSTRAINT fk_prospect_phone_prospect FOREIGN KEY (prospect_id) REFERENCES prospect (id) ON DELETE CASCADE,
  CONSTRAINT fk_prospect_phone_type FOREIGN KEY (phone_type_id) REFERENCES phone_type (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE prospect_email (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  prospect_id BIGINT UNSIGNED NOT NULL,
  email VARCHAR(190) NOT NULL,
  is_primary TINYINT(1) NOT NULL DEFAULT 0,
  opted_out TINYINT(1) NOT NULL DEFAULT 0,
  created_at DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
  updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
  KEY ix_prospect_email_updated (updated_at),
  CONSTRAINT fk_prospect_email_prospect FOREIGN KEY (prospect_id) REFERENCES prospect (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE appointment_result (
  id SMALLINT UNSIGNED NOT NULL PRIMARY KEY,
  name VARCHAR(60) NOT NULL,
  is_sale TINYINT(1) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE appointment (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  prospect_id BIGINT UNSIGNED NOT NULL,
  user_id INT UNSIGNED NULL,
  result_id SMALLINT UNSIGNED NULL,
  scheduled_for DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
  duration_minutes SMALLINT UNSIGNED NOT NULL DEFAULT 60,
  result_notes TEXT CHARACTER SET latin1 NULL,
  is_confirmed TINYINT(1) NOT NULL DEFAULT 0,
  is_deleted TINYINT(1) NOT NULL DEFAULT 0,
  created_at DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
  updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
  KEY ix_appointment_updated (updated_at),
  CONSTRAINT fk_appointment_prospect FOREIGN KEY (prospect_id) REFERENCES prospect (id),
  CONSTRAINT fk_appointment_user FOREIGN KEY (user_id) REFERENCES user (id),
  CONSTRAINT fk_appointment_result FOREIGN KEY (result_id) REFERENCES appointment_result (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE service (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  division_id INT UNSIGNED NOT NULL,
  name VARCHAR(120) CHARACTER SET latin1 NOT NULL,
  unit_price DECIMAL(12,4) NOT NULL,
  is_active TINYINT(1) NOT NULL DEFAULT 1,
  created_at DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
  updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
  KEY ix_service_updated (updated_at),
  CONSTRAINT fk_service_division FOREIGN KEY (division_id) REFERENCES division (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE quote_status (
  id TINYINT UNSIGNED NOT NULL PRIMARY KEY,
  name VARCHAR(30) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE quote (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  prospect_id BIGINT UNSIGNED NOT NULL,
  appointment_id BIGINT UNSIGNED NULL,
  service_id INT UNSIGNED NOT NULL,
  status_id TINYINT UNSIGNED NOT NULL,
  quantity DECIMAL(10,3) NOT NULL DEFAULT 1,
  total_amount DECIMAL(14,2) NOT NULL,
  external_ref BIGINT UNSIGNED NULL,
  valid_until DATE NOT NULL DEFAULT '0000-00-00',
  is_deleted TINYINT(1) NOT NULL DEFAULT 0,
  created_at DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
  updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
  KEY ix_quote_updated (updated_at),
  CONSTRAINT fk_quote_prospect FOREIGN KEY (prospect_id) REFERENCES prospect (id),
  CONSTRAINT fk_quote_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id),
  CONSTRAINT fk_quote_service FOREIGN KEY (service_id) REFERENCES service (id),
  CONSTRAINT fk_quote_status FOREIGN KEY (status_id) REFERENCES quote_status (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
