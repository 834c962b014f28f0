ALTER TABLE IF EXISTS public.customers
    ALTER COLUMN display_name SET DATA TYPE character varying(200);
