package dev.ingest.csv;

import static dev.ingest.csv.ImportHarness.options;
import static dev.ingest.csv.ImportHarness.rawField;
import static dev.ingest.csv.ImportHarness.rejects;
import static dev.ingest.csv.ImportHarness.rows;
import static dev.ingest.csv.ImportHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.core.RunStatus;
import dev.ingest.core.StreamResult;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each profile's messy fixture imported through the engine into PostgreSQL and DuckDB: every cleaned value, every reject. */
class ProfileImportIT {

    @RegisterExtension
    final TestWarehouses warehouses = new TestWarehouses();

    private Warehouse warehouse(WarehouseConfig.Kind kind) {
        return warehouses.open(kind);
    }

    private static List<String> row(String... values) {
        return Arrays.asList(values);
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void geniusUsersWithBomCrlfAccentsQuotesAndARepeatedKeyWhoseLastRowWins(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);
        CsvImport imp = CsvImport.open(options("genius_users", "genius_users.csv"));

        StreamResult result = run(warehouse, imp, false);

        assertThat(result.status()).isEqualTo(RunStatus.PARTIAL);
        assertThat(result.counts().processed()).isEqualTo(5);
        assertThat(result.counts().created()).isEqualTo(3);
        assertThat(imp.duplicateKeys()).isEqualTo(1);
        assertThat(rows(
                        warehouse,
                        "genius_users",
                        "user_id, first_name, last_name, email, phone, division, title, active, hired_on, last_login_at",
                        "user_id"))
                .containsExactly(
                        row(
                                "101",
                                "José",
                                "Núñez",
                                "jose@example.com",
                                "+15125550101",
                                "Austin",
                                "Sales Rep, Senior",
                                "true",
                                "2021-03-04",
                                "2024-05-01T13:15:00Z"),
                        row(
                                "102",
                                "Zoë",
                                "O\"Brien",
                                "zoe.new@example.com",
                                "+15125550102;ext=7",
                                "Dallas",
                                "Manager",
                                "false",
                                "2020-12-31",
                                null),
                        row(
                                "104",
                                "Multi\r\nLine",
                                "Name",
                                "ml@example.com",
                                null,
                                null,
                                null,
                                "true",
                                "2022-01-05",
                                null));
        assertThat(rawField(warehouse, "genius_users", "user_id = 102", "Favorite Color"))
                .isEqualTo("Green");
        assertThat(rejects(warehouse, result))
                .containsExactly(
                        "line 4: email: 'ann@' is not an email address; phone: '555-1234' is not a valid phone number for region US; "
                                + "hired_on: '13/45/2020' is not a valid date (Invalid value for MonthOfYear (valid values 1 - 12): 13)",
                        "line 5: user_id: required value is empty");
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void reimportingAFileWithARepeatedKeyChangesNothing(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);
        run(warehouse, options("genius_users", "genius_users.csv"));

        StreamResult again = run(warehouse, options("genius_users", "genius_users.csv"));

        assertThat(again.counts().created()).isZero();
        assertThat(again.counts().updated()).isZero();
        assertThat(again.counts().unchanged()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void geniusAppointmentsSemicolonsLocalTimesStatesZipsAndMoney(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);

        StreamResult result = run(warehouse, options("genius_appointments", "genius_appointments.csv"));

        assertThat(result.counts().created()).isEqualTo(2);
        assertThat(rows(
                        warehouse,
                        "genius_appointments",
                        "appointment_id, prospect_id, scheduled_at, sales_rep, status, product, address, city, state, zip, phone, amount",
                        "appointment_id"))
                .containsExactly(
                        row(
                                "5001",
                                "77",
                                "2024-03-05T00:30:00Z",
                                "Ann Lee",
                                "Sold",
                                "Windows",
                                "12 Elm St; Apt 4",
                                "Austin",
                                "TX",
                                "02134",
                                "+15125550111",
                                "12500"),
                        row(
                                "5002",
                                "78",
                                "2024-03-05T15:00:00Z",
                                "Bob",
                                "No Sale",
                                "Siding",
                                null,
                                "Dallas",
                                "TX",
                                "07501",
                                null,
                                "-250"));
        assertThat(rejects(warehouse, result))
                .containsExactly(
                        "line 4: scheduled_at: required value is empty",
                        "line 5: state: 'ZZ' is not a US state code; zip: '1234567' is not a 5-digit ZIP or ZIP+4; amount: 'ten' is not an amount of money");
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void geniusMarketingSourcesTabSeparatedWindows1252(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);
        CsvImport imp = CsvImport.open(options("genius_marketing_sources", "genius_marketing_sources.tsv"));

        StreamResult result = run(warehouse, imp, false);

        assertThat(imp.plan().file().format().charset().name()).isEqualTo("windows-1252");
        assertThat(imp.plan().file().format().delimiter()).isEqualTo('\t');
        assertThat(rows(
                        warehouse,
                        "genius_marketing_sources",
                        "source_id, name, category, active, monthly_cost, created_on",
                        "source_id"))
                .containsExactly(
                        row("1", "Café Radio", "Radio", "true", "1000", "2023-01-15"),
                        row("2", "Home Show – Spring", "Event", "false", null, "2023-02-15"));
        assertThat(rejects(warehouse, result))
                .containsExactly(
                        "line 4: name: required value is empty; active: 'maybe' is not yes/no, true/false, Y/N or 1/0; "
                                + "created_on: '2023-02-30' is not a valid date (Invalid date 'FEBRUARY 30')");
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void geniusProspectsSeveralDateFormsAndRaggedRows(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);

        StreamResult result = run(warehouse, options("genius_prospects", "genius_prospects.csv"));

        assertThat(rows(
                        warehouse,
                        "genius_prospects",
                        "prospect_id, last_name, phone, state, zip, created_on, last_contacted_at",
                        "prospect_id"))
                .containsExactly(
                        row("9001", "Díaz", "+15125550131", "TX", "78701", "2024-01-05", "2024-01-06T20:00:00Z"),
                        row("9002", "Ode", "+15125550132", "TX", "78701-1234", "2024-01-07", "2024-01-08T09:00:00Z"),
                        row("9003", "Poe", null, "TX", null, "2024-01-09", null),
                        row("9004", "Roe", null, null, null, "2024-01-09", null),
                        row("9006", "Ray", null, null, null, null, null));
        assertThat(rejects(warehouse, result))
                .containsExactly(
                        "line 6: created_on: 'yesterday' is not a date in a known form",
                        "line 8: the row has 13 fields, the header 12");
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void salesProAppointmentsSaleAmounts(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);

        StreamResult result = run(warehouse, options("salespro_appointments", "salespro_appointments.csv"));

        assertThat(rows(
                        warehouse,
                        "salespro_appointments",
                        "appointment_id, customer_name, email, phone, scheduled_at, sales_rep, result, sale_amount, sold",
                        "appointment_id"))
                .containsExactly(
                        row(
                                "aB3dE",
                                "Smith, John",
                                "john@smith.com",
                                "+12145550150",
                                "2024-06-01T14:00:00Z",
                                "Kim",
                                "Sold",
                                "24999.99",
                                "true"),
                        row("zz1", "Al", null, null, "2024-06-03T04:00:00Z", "Kim", "Demo", "-100.5", "false"));
        assertThat(rejects(warehouse, result)).containsExactly("line 3: email: 'mary@jones' is not an email address");
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void salesProUsers(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);

        StreamResult result = run(warehouse, options("salespro_users", "salespro_users.csv"));

        assertThat(rows(
                        warehouse,
                        "salespro_users",
                        "user_id, name, email, phone, office, active, created_at",
                        "user_id"))
                .containsExactly(row(
                        "u1", "Kim Park", "kim@example.com", "+14695550160", "Plano", "true", "2023-11-05T14:30:00Z"));
        assertThat(rejects(warehouse, result))
                .containsExactly(
                        "line 3: email: required value is empty",
                        "line 4: phone: '469-555-016' is not a valid phone number for region US");
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void leadConduitLeadsThroughManyAliasesPipeDelimited(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);
        CsvImport imp = CsvImport.open(options("leadconduit_leads", "leadconduit_leads.psv"));

        StreamResult result = run(warehouse, imp, false);

        assertThat(rows(
                        warehouse,
                        "leadconduit_leads",
                        "lead_id, first_name, last_name, email, phone, phone_2, address, city, state, zip, source, submitted_at, trusted_form_url, outcome",
                        "lead_id"))
                .containsExactly(row(
                        "L-1",
                        "Rosa",
                        "Peña",
                        "rosa@example.com",
                        "+13055550170",
                        "+13055550171;ext=9",
                        "9 Bay Rd",
                        "Miami",
                        "FL",
                        "33101",
                        "Acme Leads",
                        "2024-02-01T12:00:00Z",
                        "https://cert.trustedform.com/abc",
                        "success"));
        assertThat(rawField(warehouse, "leadconduit_leads", "lead_id = 'L-1'", "Campaign"))
                .isEqualTo("Spring");
        assertThat(imp.plan().mapping().unmapped()).containsExactly("Campaign");
        assertThat(imp.plan().describe())
                .contains(
                        "  'emailaddress' -> email email (alias 'Email Address')",
                        "  'Evening Phone' -> phone_2 phone (alias 'Evening Phone')",
                        "  'Campaign' -> kept in _raw only (matches no column)");
        assertThat(rejects(warehouse, result)).containsExactly("line 3: email: 'tom@example' is not an email address");
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void arrivyTasksLocationsAndScheduledTimes(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);

        StreamResult result = run(warehouse, options("arrivy_tasks", "arrivy_tasks.csv"));

        assertThat(rows(
                        warehouse,
                        "arrivy_tasks",
                        "task_id, title, customer_name, customer_email, customer_phone, address, city, state, zip, latitude, longitude, scheduled_start, scheduled_end, status",
                        "task_id"))
                .containsExactly(row(
                        "3001",
                        "Install",
                        "Ana Ruiz",
                        "ana@example.com",
                        "+16195550180",
                        "100 Ocean Ave\nUnit 2",
                        "San Diego",
                        "CA",
                        "92101",
                        "32.7157",
                        "-117.1611",
                        "2024-07-01T15:00:00Z",
                        "2024-07-01T17:30:00Z",
                        "SCHEDULED"));
        assertThat(rejects(warehouse, result)).containsExactly("line 4: latitude: 'abc' is not a number");
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void arrivyActivities(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);

        StreamResult result = run(warehouse, options("arrivy_activities", "arrivy_activities.csv"));

        assertThat(rows(
                        warehouse,
                        "arrivy_activities",
                        "activity_id, task_id, status, reporter, reported_at, latitude, longitude, notes",
                        "activity_id"))
                .containsExactly(
                        row("1", "3001", "STARTED", "Ana", "2024-07-01T15:05:00Z", "32.7", "-117.1", "said \"hi\""));
        assertThat(rejects(warehouse, result))
                .containsExactly(
                        "line 3: reported_at: required value is empty", "line 4: task_id: required value is empty");
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void hubSpotZipCodesKeepLeadingZerosAndCheckStates(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);

        StreamResult result = run(warehouse, options("hubspot_zip_codes", "hubspot_zip_codes.csv"));

        assertThat(rows(warehouse, "hubspot_zip_codes", "zip, city, state, county, territory", "zip"))
                .containsExactly(
                        row("02134", "Allston", "MA", "Suffolk", "Northeast"),
                        row("02135", "Brighton", "MA", "Suffolk", "Northeast"),
                        row("10001-0001", "New York", "NY", "New York", "Metro"));
        assertThat(rejects(warehouse, result))
                .containsExactly(
                        "line 5: state: 'QQ' is not a US state code",
                        "line 6: zip: 'ABCDE' is not a 5-digit ZIP or ZIP+4");
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void hubSpotContactsExport(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);

        StreamResult result = run(warehouse, options("hubspot_contacts", "hubspot_contacts.csv"));

        assertThat(rows(
                        warehouse,
                        "hubspot_contacts",
                        "record_id, first_name, last_name, email, phone, company, job_title, city, state, zip, created_at, lifecycle_stage, last_modified_at, marketing_contact",
                        "record_id"))
                .containsExactly(
                        row(
                                "501",
                                "Amélie",
                                "Côté",
                                "amelie@example.fr",
                                "+33142685300",
                                "Café SA",
                                "CEO",
                                "Paris",
                                null,
                                null,
                                "2024-03-01T14:00:00Z",
                                "customer",
                                "2024-03-02T15:00:00Z",
                                "true"),
                        row(
                                "502",
                                "Bo",
                                "Li",
                                "bo@example.com",
                                "+15125550190",
                                null,
                                null,
                                "Austin",
                                "TX",
                                "78701",
                                "2024-03-01T14:00:00Z",
                                "lead",
                                null,
                                "false"));
        assertThat(rejects(warehouse, result))
                .containsExactly("line 4: phone: '12' is not a valid phone number for region US");
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void hubSpotCompaniesExport(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);

        StreamResult result = run(warehouse, options("hubspot_companies", "hubspot_companies.csv"));

        assertThat(rows(
                        warehouse,
                        "hubspot_companies",
                        "record_id, name, domain, phone, city, state, zip, industry, employees, annual_revenue, created_at",
                        "record_id"))
                .containsExactly(row(
                        "7001",
                        "Acme",
                        "acme.com",
                        "+15125550200",
                        "Austin",
                        "TX",
                        "78701",
                        "Construction",
                        "1200",
                        "5500000",
                        "2024-01-02T08:04:05Z"));
        assertThat(rejects(warehouse, result)).containsExactly("line 3: employees: '12.5' is not a whole number");
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void hubSpotDealsExport(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);

        StreamResult result = run(warehouse, options("hubspot_deals", "hubspot_deals.csv"));

        assertThat(rows(
                        warehouse,
                        "hubspot_deals",
                        "record_id, deal_name, stage, pipeline, amount, close_date, owner, created_at, closed_won",
                        "record_id"))
                .containsExactly(
                        row(
                                "801",
                                "Big Roof",
                                "closedwon",
                                "default",
                                "18250",
                                "2024-04-30",
                                "Kim",
                                "2024-04-01T16:00:00Z",
                                "true"),
                        row(
                                "802",
                                "Small",
                                "appointmentscheduled",
                                "default",
                                null,
                                "2024-05-15",
                                null,
                                "2024-04-02T04:00:00Z",
                                "false"));
        assertThat(rejects(warehouse, result))
                .containsExactly(
                        "line 4: amount: '$' is not an amount of money; close_date: '31/31/2024' is not a valid date (Invalid value for MonthOfYear (valid values 1 - 12): 31)");
    }
}
